import type { RouteRecordRaw } from 'vue-router'
import { User } from '@element-plus/icons-vue'

const routes: RouteRecordRaw[] = [
  {
    path: '/users',
    name: 'users',
    component: () => import('./views/UsersView.vue'),
    meta: { title: 'users.menu', icon: User, permission: 'users.read', menu: true, order: 60 },
  },
]

export default routes
