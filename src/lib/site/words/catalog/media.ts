/**
 * The phrases of the components every MDX entry gets (players, transcripts, callouts, steps) and
 * of the scrolling region around each table of an entry (see catalog.ts).
 */
export const MEDIA = {
  'Download the audio':
    'Link inside an audio player, shown only by a browser that cannot play the audio itself.',
  'Download the video':
    'Link inside a video player, shown only by a browser that cannot play the video itself.',
  Captions: "Name of a video's captions track, in the player's captions menu.",
  'Play video: {title}':
    'Button that loads a YouTube video in the page; {title} is what the author calls the video. A hidden “(YouTube)” follows it.',
  Transcript:
    'Default title of a transcript, a disclosure that opens to show the text under a player.',
  'Transcript: {title}':
    "Title of the transcript under a video or audio player; {title} is the player's name the author wrote.",
  Note: 'Default label of a callout box of the kind “note”.',
  Tip: 'Default label of a callout box of the kind “tip”.',
  Warning: 'Default label of a callout box of the kind “warning”.',
  '{done} of {total} tasks done': {
    one: '{done} of {total} tasks done',
    note: 'Progress line above the checklist of a guide’s steps, updated as the reader ticks tasks; the form follows {total}, the number of tasks ({done} is how many are ticked). English keeps “tasks” for one.',
  },
  'Reset progress': 'Button under the progress line of a guide’s steps: clears every ticked task.',
  Table:
    'Name a screen reader announces for the scrolling area around a table that has neither a caption nor column headers.',
  'Table: {columns}':
    'Name a screen reader announces for the scrolling area around a table; {columns} lists its column headers, separated by commas.',
  'Table: {columns} and {count} more columns': {
    one: 'Table: {columns} and {count} more column',
    note: 'Name of the scrolling area around a table with more than four columns; {columns} lists the first four headers, separated by commas, and {count} is how many columns are left.',
  },
} as const;
