/**
 * The words of the repeated-rows table (rows-table.ts), in English. A product names its rows by
 * overriding `rows.row` ("Vehicle {n}") and the other nouns in its own words.
 */
export const en = {
  'rows.row': 'Row {n}',
  'rows.add': 'Add a row',
  'rows.duplicate': 'Duplicate',
  'rows.remove': 'Remove',
  'rows.actions': 'Actions',
  'rows.added': '{name} added. {count} in all.',
  'rows.removed': '{name} removed. {count} in all.',
  'rows.pasted': '{n} rows pasted from {first}. {count} in all.',
  'rows.pasteHint': 'You can paste rows copied from a spreadsheet, one per line, columns in this order: {columns}.',
};
