import type { RouteRecordRaw } from 'vue-router'
import { Medal, Trophy } from '@element-plus/icons-vue'

// Democratic evaluation of members (R4.1): the officers' campaign list and console with the
// printable notice (公示), and the member's own phone page.
const routes: RouteRecordRaw[] = [
  {
    path: '/my/evaluation',
    name: 'my-evaluation',
    component: () => import('./views/MyEvaluationView.vue'),
    meta: { title: 'evaluation.my.menu', icon: Medal, permission: 'evaluation.own', menu: true, order: 17 },
  },
  {
    path: '/evaluations',
    name: 'evaluations',
    component: () => import('./views/CampaignsView.vue'),
    meta: { title: 'evaluation.list.menu', icon: Trophy, permission: 'evaluation.read', menu: true, order: 39 },
  },
  {
    path: '/evaluations/:id(\\d+)',
    name: 'evaluation',
    component: () => import('./views/CampaignView.vue'),
    meta: { title: 'evaluation.console.title', permission: 'evaluation.read' },
  },
  {
    path: '/evaluations/:id(\\d+)/notice',
    name: 'evaluation-notice',
    component: () => import('./views/NoticeView.vue'),
    meta: { title: 'evaluation.notice.title', permission: 'evaluation.own', layout: 'bare' },
  },
]

export default routes
