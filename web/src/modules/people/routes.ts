import type { RouteRecordRaw } from 'vue-router'
import { Avatar } from '@element-plus/icons-vue'

const routes: RouteRecordRaw[] = [
  {
    path: '/people',
    name: 'people',
    component: () => import('./views/PeopleView.vue'),
    meta: { title: 'people.menu', icon: Avatar, permission: 'org.read', menu: true, order: 32 },
  },
]

export default routes
