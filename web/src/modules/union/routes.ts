import type { RouteRecordRaw } from 'vue-router'
import { Medal, Present, Reading, UserFilled } from '@element-plus/icons-vue'

// The agencies' trade union (R11.1–R11.3): members, the union committee election and the 文明
// selections on the ballot engine (members cast on /ballot/<voteId>), activities with
// attendance and photos, and the staff reading room.
const routes: RouteRecordRaw[] = [
  {
    path: '/union/members',
    name: 'union-members',
    component: () => import('./views/MembersView.vue'),
    meta: { title: 'union.members.menu', icon: UserFilled, permission: 'union.read', menu: true, order: 80 },
  },
  {
    path: '/union/elections',
    name: 'union-elections',
    component: () => import('./views/ContestsView.vue'),
    props: { kind: 'election' },
    meta: { title: 'union.contests.electionMenu', icon: Medal, permission: 'union.read', menu: true, order: 81 },
  },
  {
    path: '/union/elections/:id(\\d+)',
    name: 'union-election',
    component: () => import('./views/ContestView.vue'),
    props: (r) => ({ kind: 'election', id: Number(r.params.id) }),
    meta: { title: 'union.contests.electionTitle', permission: 'union.read' },
  },
  {
    path: '/union/selections',
    name: 'union-selections',
    component: () => import('./views/ContestsView.vue'),
    props: { kind: 'selection' },
    meta: { title: 'union.contests.selectionMenu', icon: Medal, permission: 'union.read', menu: true, order: 82 },
  },
  {
    path: '/union/selections/:id(\\d+)',
    name: 'union-selection',
    component: () => import('./views/ContestView.vue'),
    props: (r) => ({ kind: 'selection', id: Number(r.params.id) }),
    meta: { title: 'union.contests.selectionTitle', permission: 'union.read' },
  },
  {
    path: '/union/:kind(elections|selections)/:id(\\d+)/print',
    name: 'union-result-print',
    component: () => import('./views/ResultPrintView.vue'),
    props: (r) => ({ kind: r.params.kind === 'elections' ? 'election' : 'selection', id: Number(r.params.id) }),
    meta: { title: 'union.result.title', permission: 'union.read', layout: 'bare' },
  },
  {
    path: '/union/activities',
    name: 'union-activities',
    component: () => import('./views/ActivitiesView.vue'),
    meta: { title: 'union.activities.menu', icon: Present, permission: 'union.read', menu: true, order: 83 },
  },
  {
    path: '/library',
    name: 'library',
    component: () => import('./views/LibraryView.vue'),
    meta: { title: 'union.library.menu', icon: Reading, permission: 'library.read', menu: true, order: 84 },
  },
]

export default routes
