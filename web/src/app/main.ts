import { createApp } from 'vue'
import { createPinia } from 'pinia'
import 'element-plus/theme-chalk/el-message.css'
import 'element-plus/theme-chalk/el-message-box.css'
import '@/shared/styles/base.css'
import '@/shared/styles/card-list.css'
import '@/shared/styles/print.css'
import App from './App.vue'
import { i18n, currentLang } from './i18n'
import { router } from './router'
import { configureHttp, type AuthEvent } from './http'
import { useAuthStore } from './stores/auth'

const app = createApp(App)
const pinia = createPinia()
app.use(pinia).use(i18n).use(router)
document.documentElement.lang = currentLang()

const FORCED_PAGES: Record<Exclude<AuthEvent, 'signed-out'>, string> = {
  'password-change': '/change-password',
  'totp-enrollment': '/totp-setup',
}

configureHttp({
  getLocale: currentLang,
  onAuthEvent(event) {
    const route = router.currentRoute.value
    if (event === 'signed-out') {
      useAuthStore(pinia).set(null)
      if (!route.meta.public) router.push({ path: '/login', query: { redirect: route.fullPath } })
      return
    }
    const target = FORCED_PAGES[event]
    if (route.path !== target) router.push(target)
  },
})

app.mount('#app')
