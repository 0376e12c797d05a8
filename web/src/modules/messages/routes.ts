import type { RouteRecordRaw } from 'vue-router'
import { ChatDotRound } from '@element-plus/icons-vue'

const routes: RouteRecordRaw[] = [
  {
    path: '/messages',
    name: 'messages',
    component: () => import('./views/MessagesView.vue'),
    meta: { title: 'messages.menu', icon: ChatDotRound, menu: true, order: 20 },
  },
]

export default routes
