/* main.c: cfgtool FILE: read "key = value" lines and print the table.  */

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cfgtool.h"

int
main (int argc, char **argv)
{
  char line[256];
  int lineno = 0;
  FILE *f;

  if (argc != 2)
    {
      fprintf (stderr, "usage: cfgtool FILE\n");
      return 2;
    }
  f = fopen (argv[1], "r");
  if (f == NULL)
    {
      perror (argv[1]);
      return 1;
    }
  while (fgets (line, sizeof line, f) != NULL)
    {
      char *start = first_word_start (line);

      lineno++;
      if (*start == '#' || *start == '\n' || *start == '\0')
	continue;
      if (config_add (start, lineno) != 0)
	fprintf (stderr, "%s:%d: not a 'key = value' line\n", argv[1], lineno);
    }
  fclose (f);

  struct span base = path_basename (argv[1]);
  const struct entry *name = config_find ("name");
  char num[16];

  printf ("%.*s: %s (%s lines)\n", (int) base.len, base.ptr,
	  name ? name->value : "(no name)", fmt_into (num, sizeof num, lineno));
  return 0;
}
