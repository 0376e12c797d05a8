import type { RouteRecordRaw } from 'vue-router'
import { UserFilled } from '@element-plus/icons-vue'

const routes: RouteRecordRaw[] = [
  {
    path: '/profile',
    name: 'profile',
    component: () => import('./views/ProfileView.vue'),
    meta: { title: 'profile.menu', icon: UserFilled, menu: true, order: 90 },
  },
]

export default routes
