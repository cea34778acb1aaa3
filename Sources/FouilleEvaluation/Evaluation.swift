// Scoring against gold corpora: see the files of this folder.
