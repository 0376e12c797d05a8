import type { Component } from 'vue'
import 'vue-router'

export {}

declare module 'vue-router' {
  interface RouteMeta {
    /** i18n key of the page / menu title. */
    title?: string
    /** Element Plus icon component shown in the menu. */
    icon?: Component
    /** Permission the user needs to see the menu item and open the page. */
    permission?: string
    /** Listed in the side menu when true. */
    menu?: boolean
    /** Menu position, small first. */
    order?: number
    /** 'bare' pages (sign-in, forced steps) render without the main layout. */
    layout?: 'bare' | 'main'
    /** Reachable without signing in. */
    public?: boolean
  }
}
