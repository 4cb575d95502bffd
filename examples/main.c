/* main.c: cfgtool FILE [KEY VALUE]: read "key = value" lines, optionally
   set KEY, check the values and print the table.  */

#include <stdio.h>

#include "cfgtool.h"

/* The last change, for the status line.  It keeps the pointer it is
   given: which is why config_set's call through change_hook is
   reported.  */
static const struct change *last_change;

static void
remember_change (struct change *c)
{
  last_change = c;
}

int
main (int argc, char **argv)
{
  const char *name;
  const char *include;
  unsigned long sum;
  int errors;
  FILE *f;

  if (argc != 2 && argc != 4)
    {
      fprintf (stderr, "usage: cfgtool FILE [KEY VALUE]\n");
      return 2;
    }
  f = fopen (argv[1], "r");
  if (f == NULL)
    {
      perror (argv[1]);
      return 1;
    }
  config_add_check (check_nonempty);
  config_on_change (remember_change);
  errors = config_load (f, argv[1]);
  fclose (f);
  if (argc == 4)
    config_set (argv[2], argv[3]);
  errors += config_validate ();

  struct span base = path_basename (argv[1]);
  char num[16];

  config_get ("name", &name);
  printf ("%.*s: %s (%s entries)\n", (int) base.len, base.ptr, name,
	  fmt_into (num, sizeof num, config_count ()));
  for (int i = 0; i < config_count (); i++)
    printf ("  %s\n", fmt_entry (config_entry (i)));
  for (int i = 0; (include = config_include (i)) != NULL; i++)
    printf ("  include %s\n", include);
  if (last_change != NULL)
    printf ("changed: %s\n", last_change->key);
  if (config_checksum_files ((const char *const *) &argv[1], 1, &sum) == 1)
    printf ("checksum: %08lx\n", sum & 0xffffffffUL);
  return errors != 0;
}
