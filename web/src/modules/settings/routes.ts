import type { RouteRecordRaw } from 'vue-router'
import { Setting } from '@element-plus/icons-vue'

const routes: RouteRecordRaw[] = [
  {
    path: '/settings',
    name: 'settings',
    component: () => import('./views/SettingsView.vue'),
    meta: { title: 'settings.menu', icon: Setting, permission: 'settings.read', menu: true, order: 70 },
  },
]

export default routes
