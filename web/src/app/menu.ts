import type { Component } from 'vue'
import type { RouteRecordRaw } from 'vue-router'

export interface MenuItem {
  path: string
  name: string
  title: string
  icon?: Component
  order: number
}

/** The side-menu entries the user may see: menu routes whose permission `can` grants. */
export function visibleMenu(routes: RouteRecordRaw[], can: (permission?: string) => boolean): MenuItem[] {
  return routes
    .filter((r) => r.meta?.menu && can(r.meta.permission))
    .map((r) => ({
      path: r.path,
      name: String(r.name ?? r.path),
      title: r.meta?.title ?? String(r.name ?? r.path),
      icon: r.meta?.icon,
      order: r.meta?.order ?? 100,
    }))
    .sort((a, b) => a.order - b.order)
}
