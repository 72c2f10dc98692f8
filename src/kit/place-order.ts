import type { NomenclatureItem } from '../contract/nomenclature.js';

/**
 * Where a place ranks in its county's list: 0 a municipality's seat, 1 a
 * town's seat, 2 anything else. A locality's hint is its SIRUTA
 * administrative unit with the prefix its TIP calls for ("Municipiul Turda",
 * "Oraș Huedin", "Comuna Albac"); the locality that bears its unit's name is
 * the unit's seat — the city or town most customers live in.
 */
export function placeRank(item: NomenclatureItem): number {
  const unit = /^(Municipiul|Oraș) (.+)$/.exec(item.hint ?? '');
  return unit?.[2] !== item.name ? 2 : unit[1] === 'Oraș' ? 1 : 0;
}

/**
 * The order a list is shown in. Places (items whose hint is a SIRUTA unit):
 * municipality seats, then town seats, then every other place, each in
 * Romanian alphabetical order (equal names by their unit). Other lists keep
 * the proxy's order: tyre sizes are numbers, countries come sorted for the
 * customer's language.
 */
export function inShowOrder(items: readonly NomenclatureItem[]): NomenclatureItem[] {
  if (!items.some((i) => /^(Municipiul|Oraș|Comuna) /.test(i.hint ?? ''))) return [...items];
  const { compare } = new Intl.Collator('ro');
  return items
    .map((item) => [placeRank(item), item] as const)
    .sort(([ra, a], [rb, b]) => ra - rb || compare(a.name, b.name) || compare(a.hint ?? '', b.hint ?? ''))
    .map(([, item]) => item);
}
