/* tokenize.c: split configuration lines into words.  */

#include <ctype.h>
#include <stdio.h>
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
  /* escape: warning: address of local variable 'word' is returned from
     'next_word' [escape:return], with notes: 'word' declared here, address
     of 'word' is taken here, copied into 'p'.  */
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
  /* escape: warning: address of local variable 'buf' is returned from
     'trimmed_copy' [escape:return]: skip_blanks returns its argument.  */
  return skip_blanks (buf);
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
