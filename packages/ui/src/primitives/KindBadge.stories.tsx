import type { Meta, StoryObj } from '@storybook/react-vite'
import { ENTRY_KINDS } from '@usage-kit/core'
import { expect, within } from 'storybook/test'
import { useMessages } from '../i18n/useMessages.js'
import { KitRoot } from './KitRoot.js'
import { KindBadge } from './KindBadge.js'

function AllKinds({ pending }: { pending: boolean }) {
  const t = useMessages()
  return (
    <KitRoot part="uk-badges" style={{ display: 'flex', gap: 8, flexWrap: 'wrap' }}>
      {ENTRY_KINDS.map((kind) => (
        <KindBadge key={kind} kind={kind} pending={pending} t={t} />
      ))}
    </KitRoot>
  )
}

const meta = {
  title: 'Primitives/KindBadge',
  component: AllKinds,
  args: { pending: false },
} satisfies Meta<typeof AllKinds>

export default meta
type Story = StoryObj<typeof meta>

export const Kinds: Story = {
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByText('Grant')).toBeVisible()
  },
}

export const Pending: Story = { args: { pending: true } }
