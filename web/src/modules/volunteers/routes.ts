import type { RouteRecordRaw } from 'vue-router'
import { Histogram, Pointer, Sunny, UserFilled } from '@element-plus/icons-vue'

// The volunteer service team (R11.4): a member's own page on the phone (sign up, my hours),
// the activities with sign-ups and attendance, the team, the hours per person per year.
const routes: RouteRecordRaw[] = [
  {
    path: '/my/volunteering',
    name: 'my-volunteering',
    component: () => import('./views/MyVolunteeringView.vue'),
    meta: { title: 'volunteers.my.menu', icon: Pointer, permission: 'volunteers.join', menu: true, order: 20 },
  },
  {
    path: '/volunteers',
    name: 'volunteer-activities',
    component: () => import('./views/ActivitiesView.vue'),
    meta: { title: 'volunteers.activities.menu', icon: Sunny, permission: 'volunteers.read', menu: true, order: 61 },
  },
  {
    path: '/volunteers/team',
    name: 'volunteer-team',
    component: () => import('./views/TeamView.vue'),
    meta: { title: 'volunteers.team.menu', icon: UserFilled, permission: 'volunteers.read', menu: true, order: 62 },
  },
  {
    path: '/volunteers/hours',
    name: 'volunteer-hours',
    component: () => import('./views/HoursView.vue'),
    meta: { title: 'volunteers.hours.menu', icon: Histogram, permission: 'volunteers.manage', menu: true, order: 63 },
  },
]

export default routes
