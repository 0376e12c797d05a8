import type { RouteRecordRaw } from 'vue-router'
import { Finished, Tickets } from '@element-plus/icons-vue'

const routes: RouteRecordRaw[] = [
  {
    path: '/livelihood-projects',
    name: 'livelihood-projects',
    component: () => import('./views/ProjectsView.vue'),
    meta: { title: 'votes.projects.menu', icon: Tickets, permission: 'votes.read', menu: true, order: 50 },
  },
  {
    path: '/votes',
    name: 'votes',
    component: () => import('./views/VotesView.vue'),
    meta: { title: 'votes.list.menu', icon: Finished, permission: 'votes.read', menu: true, order: 51 },
  },
  {
    path: '/votes/:id(\\d+)',
    name: 'vote-console',
    component: () => import('./views/VoteConsoleView.vue'),
    meta: { title: 'votes.console.title', permission: 'votes.read' },
  },
]

export default routes
