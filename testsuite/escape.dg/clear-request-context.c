/* Store rule, cleared stores (realistic): a server publishes the request
   being handled in a global so that the error reporter and the logger
   can name it.  The handler that resets the global on every exit is
   compliant; the one that forgets on its error path leaves the global
   pointing into a dead frame and is reported at the store.  */
/* { dg-do compile } */

#include <stdio.h>
#include <string.h>

struct request
{
  int id;
  char method[8];
  char path[128];
};

static const struct request *g_request;

void
report_error (const char *what)
{
  if (g_request)
    fprintf (stderr, "request %d (%s %s): %s\n", g_request->id,
             g_request->method, g_request->path, what);
  else
    fprintf (stderr, "%s\n", what);
}

static int
parse_line (struct request *r, const char *line)
{
  if (sscanf (line, "%7s %127s", r->method, r->path) != 2)
    return -1;
  return 0;
}

extern int route (const struct request *r);

int
nowarn_handle (int id, const char *line)
{
  struct request req;
  int rc;
  memset (&req, 0, sizeof req);
  req.id = id;
  g_request = &req; /* { dg-bogus "escape" } */
  if (parse_line (&req, line) != 0)
    {
      report_error ("bad request line");
      g_request = NULL;
      return 400;
    }
  rc = route (&req);
  g_request = NULL;
  return rc;
}

int
warn_handle_forgets (int id, const char *line)
{
  struct request req;
  int rc;
  memset (&req, 0, sizeof req);
  req.id = id;
  g_request = &req; /* { dg-warning "address of local variable 'req' is stored into global 'g_request', which outlives 'warn_handle_forgets' \\\[escape:store\\\]" } */
  if (parse_line (&req, line) != 0)
    {
      report_error ("bad request line");
      return 400;
    }
  rc = route (&req);
  g_request = NULL;
  return rc;
}
