/* tokenize.c: split configuration lines into words.  */

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cfgtool.h"

/* Skip leading blanks.  Returns its argument, advanced: the plugin
   summarises this as "parameter 1 flows to the return value", so a caller
   that passes a local buffer is seen through it.  */
char *
skip_blanks (char *s)
{
  while (*s == ' ' || *s == '\t')
    s++;
  return s;
}

/* Copy the next word of LINE and return it; *REST is set past the word.  */
char *
next_word (const char *line, const char **rest)
{
  char word[64];
  char *p = word;
  size_t n = 0;

  while (*line == ' ' || *line == '\t')
    line++;
  while (line[n] != '\0' && !isspace ((unsigned char) line[n])
	 && n < sizeof word - 1)
    {
      word[n] = line[n];
      n++;
    }
  word[n] = '\0';
  *rest = line + n;
  /* escape: [escape:return] 'p' points to the local 'word'; the notes
     show the flow: address taken, copied into 'p', returned.  */
  return p;
}

/* Correct: the same, into the caller's buffer.  */
char *
next_word_into (const char *line, char *out, size_t size)
{
  size_t n = 0;

  while (*line == ' ' || *line == '\t')
    line++;
  while (line[n] != '\0' && !isspace ((unsigned char) line[n]) && n + 1 < size)
    {
      out[n] = line[n];
      n++;
    }
  if (size > 0)
    out[n] = '\0';
  return out;
}

/* A copy of S without its leading blanks.  */
char *
trimmed_copy (const char *s)
{
  char buf[128];

  snprintf (buf, sizeof buf, "%s", s);
  /* escape: [escape:return] skip_blanks returns (a pointer into) its
     argument, the local 'buf'.  */
  return skip_blanks (buf);
}

/* The number of words in LINE.  Correct, but the copy need not be on the
   heap: it does not escape and is freed on every path, so the report has
   a heap-to-stack hint for it (shown as a note with
   -fplugin-arg-escape-verbose=1).  */
int
count_words (const char *line)
{
  char *copy = malloc (128);
  int n = 0;

  if (copy == NULL)
    return -1;
  snprintf (copy, 128, "%s", line);
  for (char *w = strtok (copy, " \t\n"); w != NULL; w = strtok (NULL, " \t\n"))
    n++;
  free (copy);
  return n;
}

/* Correct: the same helper on the caller's buffer.  */
char *
first_word_start (char *line)
{
  return skip_blanks (line);
}

/* Correct: string literals live for the whole program.  */
const char *
token_kind_name (int kind)
{
  switch (kind)
    {
    case 0:
      return "word";
    case 1:
      return "equals";
    default:
      return "comment";
    }
}
