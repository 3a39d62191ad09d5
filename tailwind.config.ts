/**
 * Tailwind theme. Tailwind v4 reads this through `@config` in
 * app/globals.css. Colours are CSS variables so that the light and dark
 * schemes (chosen by prefers-color-scheme) swap in one place.
 */
import typography from '@tailwindcss/typography';
import type { Config } from 'tailwindcss';

export default {
  content: ['./app/**/*.{ts,tsx}', './components/**/*.{ts,tsx}', './content/**/*.mdx'],
  theme: {
    extend: {
      colors: {
        bg: 'var(--color-bg)',
        surface: 'var(--color-surface)',
        ink: 'var(--color-ink)',
        muted: 'var(--color-muted)',
        accent: 'var(--color-accent)',
        wash: 'var(--color-wash)',
        urgent: 'var(--color-urgent)',
        line: 'var(--color-line)',
        focus: 'var(--color-focus)',
      },
      fontFamily: {
        sans: [
          '"Atkinson Hyperlegible"',
          '"Atkinson Fallback"',
          'system-ui',
          '-apple-system',
          '"Segoe UI"',
          'Roboto',
          '"Noto Sans"',
          'Ubuntu',
          'Cantarell',
          '"Helvetica Neue"',
          'Arial',
          'sans-serif',
        ],
        serif: ['Charter', '"Bitstream Charter"', '"Sitka Text"', 'Cambria', 'Georgia', 'serif'],
      },
    },
  },
  plugins: [typography],
} satisfies Config;
