/** The learner's theme choice. */
export type ThemeChoice = 'light' | 'dark' | 'system'

/** The theme: the choice (kept in localStorage), and whether the page is dark now. */
export interface Theme {
  choice: ThemeChoice
  readonly dark: boolean
}

function stored(): ThemeChoice {
  const value = localStorage.getItem('theme')
  return value === 'light' || value === 'dark' ? value : 'system'
}

/** Creates the theme state and keeps `data-theme` on `<html>` in step with it. */
export function createTheme(): Theme {
  const query = matchMedia('(prefers-color-scheme: dark)')
  let choice = $state<ThemeChoice>(stored())
  let systemDark = $state(query.matches)
  query.addEventListener('change', (event) => (systemDark = event.matches))
  const dark = $derived(choice === 'dark' || (choice === 'system' && systemDark))
  $effect.root(() => {
    $effect(() => {
      document.documentElement.dataset['theme'] = dark ? 'dark' : 'light'
      localStorage.setItem('theme', choice)
    })
  })
  return {
    get choice() {
      return choice
    },
    set choice(value) {
      choice = value
    },
    get dark() {
      return dark
    },
  }
}

/** Whether the viewport is narrow (< 768 px), tracked as it changes. */
export function createNarrow(): { readonly value: boolean } {
  const query = matchMedia('(max-width: 767px)')
  let value = $state(query.matches)
  query.addEventListener('change', (event) => (value = event.matches))
  return {
    get value() {
      return value
    },
  }
}
