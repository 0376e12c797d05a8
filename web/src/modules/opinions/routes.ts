import type { RouteRecordRaw } from 'vue-router'
import { ChatLineSquare, Calendar, Suitcase, Tickets } from '@element-plus/icons-vue'

// Voters' opinions (R9.2): the public phone pages (submit, follow and rate with the query code,
// the list of handled opinions) need no sign-in; staff, deputies and departments work on the
// list with its case drawer; deputies' suggestions (R9.5); the working-day calendar; the
// departments that answer referrals.
const routes: RouteRecordRaw[] = [
  {
    path: '/opinions',
    name: 'opinions',
    component: () => import('./views/OpinionsView.vue'),
    meta: { title: 'opinions.list.menu', icon: ChatLineSquare, permission: 'opinions.read', menu: true, order: 59 },
  },
  {
    path: '/suggestions',
    name: 'suggestions',
    component: () => import('./views/SuggestionsView.vue'),
    meta: { title: 'opinions.suggestions.menu', icon: Tickets, permission: 'suggestions.read', menu: true, order: 60 },
  },
  {
    path: '/work-calendar',
    name: 'work-calendar',
    component: () => import('./views/CalendarView.vue'),
    meta: { title: 'opinions.calendar.menu', icon: Calendar, permission: 'calendar.read', menu: true, order: 88 },
  },
  {
    path: '/departments',
    name: 'departments',
    component: () => import('./views/DepartmentsView.vue'),
    meta: { title: 'opinions.departments.menu', icon: Suitcase, permission: 'departments.manage', menu: true, order: 89 },
  },
  {
    path: '/public/opinions/new',
    name: 'public-opinion-new',
    component: () => import('./views/PublicSubmitView.vue'),
    meta: { title: 'opinions.submit.title', layout: 'bare', public: true },
  },
  {
    path: '/public/opinions/track',
    name: 'public-opinion-track',
    component: () => import('./views/PublicTrackView.vue'),
    meta: { title: 'opinions.track.title', layout: 'bare', public: true },
  },
  {
    path: '/public/opinions',
    name: 'public-opinions',
    component: () => import('./views/PublicListView.vue'),
    meta: { title: 'opinions.publicList.title', layout: 'bare', public: true },
  },
]

export default routes
