/**
 * A card draws only its data and whether it is selected; React Flow also hands it its position, which
 * changes on every pointer move of a drag, so comparing all props would redraw the card each time.
 */
export const sameCard = (
  before: { data: unknown; selected?: boolean },
  after: { data: unknown; selected?: boolean },
) => before.data === after.data && before.selected === after.selected
