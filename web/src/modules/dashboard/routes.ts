import type { RouteRecordRaw } from 'vue-router'
import { DataBoard } from '@element-plus/icons-vue'

// 领导驾驶舱 (inside the app) and 数据大屏 (full screen, no app chrome, for the wall display).
const routes: RouteRecordRaw[] = [
  {
    path: '/dashboard',
    name: 'dashboard',
    component: () => import('./views/DashboardView.vue'),
    meta: { title: 'dashboard.menu', icon: DataBoard, permission: 'reports.view', menu: true, order: 11 },
  },
  {
    path: '/dashboard/screen',
    name: 'dashboard-screen',
    component: () => import('./views/ScreenView.vue'),
    meta: { title: 'dashboard.screen.title', permission: 'reports.view', layout: 'bare' },
  },
]

export default routes
