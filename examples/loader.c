/* loader.c: read a configuration file into the table.  */

#include <stdio.h>
#include <string.h>

#include "cfgtool.h"

/* What config_error needs to know about the file being read: set by
   config_load for as long as it runs, and only then.  */
struct load_state
{
  const char *file;
  int lineno;
  int errors;
};

static struct load_state *g_current;

/* The files named by "include FILE" lines, for the dependency list.  */
#define MAX_INCLUDES 16
static const char *includes[MAX_INCLUDES];
static int nincludes;

void
config_error (const char *msg)
{
  if (g_current == NULL)
    {
      fprintf (stderr, "cfgtool: %s\n", msg);
      return;
    }
  fprintf (stderr, "%s:%d: %s\n", g_current->file, g_current->lineno, msg);
  g_current->errors++;
}

const char *
config_include (int i)
{
  return i >= 0 && i < nincludes ? includes[i] : NULL;
}

/* Read "key = value" lines, "include FILE" lines and comments from F.
   Returns the number of bad lines.  */
int
config_load (FILE *f, const char *name)
{
  struct load_state st = { name, 0, 0 };
  char line[256];

  /* Correct: g_current points to 'st' only while config_load runs; it is
     cleared before the function returns.  */
  g_current = &st;
  while (fgets (line, sizeof line, f) != NULL)
    {
      char *start = line + strspn (line, " \t");

      st.lineno++;
      start[strcspn (start, "\r\n")] = '\0';
      if (*start == '#' || *start == '\0')
	continue;
      if (strncmp (start, "include ", 8) == 0)
	{
	  if (nincludes == MAX_INCLUDES)
	    config_error ("too many include lines");
	  else
	    /* escape: [escape:store] the table keeps a pointer into 'line',
	       which the next fgets overwrites and which dies on return.  */
	    includes[nincludes++] = start + 8 + strspn (start + 8, " \t");
	  continue;
	}
      if (config_add (start, st.lineno) != 0)
	config_error ("not a 'key = value' line");
    }
  g_current = NULL;
  return st.errors;
}
