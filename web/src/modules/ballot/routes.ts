import type { RouteRecordRaw } from 'vue-router'
import { Key, Tickets } from '@element-plus/icons-vue'

// The deputy's phone (我的投票, the ballot itself), the scrutineer's key and decryption
// steps, and three public pages without sign-in: the big screen, the printable certified
// result and the bulletin board where a voter checks their receipt.
const routes: RouteRecordRaw[] = [
  {
    path: '/ballot',
    name: 'ballot-my',
    component: () => import('./views/MyVotesView.vue'),
    meta: { title: 'ballot.my.menu', icon: Tickets, permission: 'votes.cast', menu: true, order: 12 },
  },
  {
    path: '/ballot/:id(\\d+)',
    name: 'ballot-cast',
    component: () => import('./views/CastView.vue'),
    meta: { title: 'ballot.cast.title', permission: 'votes.cast' },
  },
  {
    path: '/ballot/trustee',
    name: 'ballot-trustee',
    component: () => import('./views/TrusteeListView.vue'),
    meta: { title: 'ballot.trustee.menu', icon: Key, permission: 'votes.scrutinize', menu: true, order: 13 },
  },
  {
    path: '/ballot/trustee/:id(\\d+)',
    name: 'ballot-trustee-vote',
    component: () => import('./views/TrusteeView.vue'),
    meta: { title: 'ballot.trustee.title', permission: 'votes.scrutinize' },
  },
  {
    path: '/screen/votes/:id(\\d+)',
    name: 'vote-screen',
    component: () => import('./views/ScreenView.vue'),
    meta: { title: 'ballot.screen.title', layout: 'bare', public: true },
  },
  {
    path: '/ballot/result/:id(\\d+)',
    name: 'ballot-result',
    component: () => import('./views/ResultPrintView.vue'),
    meta: { title: 'ballot.result.title', layout: 'bare', public: true },
  },
  {
    path: '/ballot/board/:id(\\d+)',
    name: 'ballot-board',
    component: () => import('./views/BoardView.vue'),
    meta: { title: 'ballot.board.title', layout: 'bare', public: true },
  },
]

export default routes
