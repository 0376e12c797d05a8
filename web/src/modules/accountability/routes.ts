import type { RouteRecordRaw } from 'vue-router'
import { Stamp } from '@element-plus/icons-vue'

// Accountability (R5.2, 问责): sensitive records for leaders and the audit administrator.
const routes: RouteRecordRaw[] = [
  {
    path: '/accountability',
    name: 'accountability',
    component: () => import('./views/RecordsView.vue'),
    meta: { title: 'accountability.menu', icon: Stamp, permission: 'accountability.read', menu: true, order: 43 },
  },
]

export default routes
