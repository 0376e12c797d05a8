import type { RouteRecordRaw } from 'vue-router'

// Sign-in and the two forced first steps render outside the main layout.
const routes: RouteRecordRaw[] = [
  {
    path: '/login',
    name: 'login',
    component: () => import('./views/LoginView.vue'),
    meta: { layout: 'bare', public: true, title: 'auth.login.title' },
  },
  {
    path: '/change-password',
    name: 'change-password',
    component: () => import('./views/ChangePasswordView.vue'),
    meta: { layout: 'bare', title: 'auth.changePassword.title' },
  },
  {
    path: '/totp-setup',
    name: 'totp-setup',
    component: () => import('./views/TotpSetupView.vue'),
    meta: { layout: 'bare', title: 'auth.totp.title' },
  },
]

export default routes
