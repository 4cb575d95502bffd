/* Fnptr rule, positive: dispatch through an array of function pointers
   indexed at run time (global, static const, and local tables).  */
/* { dg-do compile } */

struct event { int type; int data; };

typedef void (*ev_handler) (struct event *ev);

extern ev_handler g_handlers[8];

static void on_key (struct event *ev) { ev->data = 0; }
static void on_mouse (struct event *ev) { ev->data = 1; }

void
warn_global_table (int type)
{
  struct event ev = { type, 0 };
  g_handlers[type & 7] (&ev); /* { dg-warning "address of local variable 'ev' is passed to a call through a function pointer \\\[escape:fnptr\\\]" } */
}

void
warn_local_table (int type)
{
  ev_handler table[2] = { on_key, on_mouse };
  struct event ev = { type, 0 };
  table[type & 1] (&ev); /* { dg-warning "address of local variable 'ev' is passed to a call through a function pointer \\\[escape:fnptr\\\]" } */
}

void
warn_const_table (int type)
{
  static const ev_handler fixed[2] = { on_key, on_mouse };
  struct event ev = { type, 0 };
  fixed[type & 1] (&ev); /* { dg-warning "address of local variable 'ev' is passed to a call through a function pointer \\\[escape:fnptr\\\]" } */
}
