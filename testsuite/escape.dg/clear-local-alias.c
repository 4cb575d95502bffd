/* Store rule, cleared stores through a pointer loaded once into a local
   (`db = stmt->db; db->counter = &v; ...; db->counter = 0;'): the same
   SSA pointer names the same place, so the clear is recognised.  In a
   loop that loads a new pointer each iteration, a clear in the next
   iteration clears another object, and the store is reported.  */
/* { dg-do compile } */

struct db { int *counter; int n; };
struct stmt { struct db *db; };
struct node { struct node *next; int *slot; };

extern void run (struct stmt *s);

int
nowarn_status (struct stmt *s)
{
  struct db *db = s->db;
  int v = 0;
  db->counter = &v; /* { dg-bogus "escape" } */
  run (s);
  db->counter = 0;
  return v;
}

void
warn_not_cleared_on_error (struct stmt *s, int bad)
{
  struct db *db = s->db;
  int v = 0;
  db->counter = &v; /* { dg-warning "address of local variable 'v' is stored into memory reachable from parameter 's', which outlives 'warn_not_cleared_on_error' \\\[escape:store\\\]" } */
  if (bad)
    return;
  run (s);
  db->counter = 0;
}

void
warn_loop_next_object (struct node *head)
{
  int v = 0;
  for (struct node *n = head; n; n = n->next)
    {
      if (n->next)
	n->slot = 0;
      n->slot = &v; /* { dg-warning "address of local variable 'v' is stored into" } */
    }
}

void
nowarn_loop_cleared_each_time (struct node *head)
{
  int v = 0;
  for (struct node *n = head; n; n = n->next)
    {
      n->slot = &v; /* { dg-bogus "escape" } */
      run (0);
      n->slot = 0;
    }
}
