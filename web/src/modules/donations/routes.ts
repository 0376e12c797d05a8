import type { RouteRecordRaw } from 'vue-router'
import { Present } from '@element-plus/icons-vue'

// The donations ledger (R11.5) with the totals by campaign, and the printable
// acknowledgement list (A4, no menu) of one campaign.
const routes: RouteRecordRaw[] = [
  {
    path: '/donations',
    name: 'donations',
    component: () => import('./views/DonationsView.vue'),
    meta: { title: 'donations.menu', icon: Present, permission: 'donations.read', menu: true, order: 64 },
  },
  {
    path: '/donations/acknowledgement',
    name: 'donations-acknowledgement',
    component: () => import('./views/AcknowledgementView.vue'),
    meta: { title: 'donations.ack.title', permission: 'donations.read', layout: 'bare' },
  },
]

export default routes
