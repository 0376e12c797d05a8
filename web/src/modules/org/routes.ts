import type { RouteRecordRaw } from 'vue-router'
import { OfficeBuilding } from '@element-plus/icons-vue'

const routes: RouteRecordRaw[] = [
  {
    path: '/org',
    name: 'org',
    component: () => import('./views/OrgView.vue'),
    meta: { title: 'org.menu', icon: OfficeBuilding, permission: 'org.read', menu: true, order: 30 },
  },
]

export default routes
