/* gcc-escape: content roots, what a callee copies out of an argument.

   Copyright (C) 2026 The gcc-escape authors.
   SPDX-License-Identifier: GPL-3.0-or-later

   "The pointer escapes" and "what it points to is copied" are different
   facts.  A callee that keeps its argument (`b->p = str;') makes the
   memory STR points to escape; a callee that copies the bytes of that
   memory into memory it keeps (`memcpy (b->buf, str, n);') makes only the
   pointers stored in those bytes escape: a copy of characters keeps
   nothing, a copy of a struct that holds `&local' keeps `&local'.

   The callee's summary says the second as an ESCAPE flow of a level-1
   path, `*(argument + k)'.  A constant K is applied by loading from the
   caller's argument at K.  An unknown K (the callee copied N bytes, or
   indexed the memory with a variable, and so collapsed its caller
   object) cannot be loaded without collapsing the caller's object, and
   its callers' objects in turn; applying it as "the argument itself
   escapes" was the false alarm this file removes.  It is applied as a
   CONTENT ROOT instead: a root whose targets' objects are not reached,
   but every field of them is, at any offset.  Nothing is lost: what
   the objects hold is all that the copy can carry, and a later load of
   any field is a load of one of those fields.

   In a reachability pass the content roots are seeded after the pass's
   other roots are drained (an object reached through them is reached
   whole, and is not seeded again).  An object seeded this way is marked
   CONTENT in the pass (esc_reach.content), not reached: it is no
   finding, its fields' targets are reached with it as their parent (the
   explanation chain ends there, at the root's call), and for the
   summary of the function:
     - a level-1 caller object (what parameter P points to) marked
       CONTENT gives the flow "ESCAPE *(P + ?)", so that a wrapper passing
       its parameter on to the copying callee copies its own callers'
       contents, not their pointers;
     - a level-2 caller object marked CONTENT has no path two levels down
       (summaries stop at level 1), so its flow says that it escapes
       itself: conservative, as before.
   The same holds for the arguments a callee gives to functions without
   a body (the opaque pass, which only withholds heap-to-stack hints).

   The library model needs no such distinction inside one function: its
   copying effect (memcpy, memmove, mempcpy, memccpy, bcopy) moves the
   points-to contents of the source, word by word, so bytes that hold no
   pointer move nothing; the string and formatting functions (strcpy,
   strncpy, strcat, strncat, sprintf, snprintf) and memset copy or write
   characters and have no copying effect at all.  What the content of a
   parameter's memory is comes from the caller, through the summary.  */

#include "internal.h"

/* Mark OBJ reached in R through VIA of PARENT under ROOT; queue it.  */
static void
content_mark (esc_fn *fn, esc_reach *r, esc_u32v *queue, uint32_t obj,
	      uint32_t via, uint32_t parent, int root)
{
  (void) fn;
  esc_reach *x = &r[obj];
  if (x->reached)
    return;
  x->reached = 1;
  x->via = via;
  x->parent = parent;
  x->root = root;
  esc_u32v_push (queue, obj);
}

void
esc_content_seed (esc_fn *fn, esc_reach *r, esc_u32v *queue,
		  uint32_t *stamp, uint32_t gen, uint32_t node, int root)
{
  const esc_noderec *n = &fn->nodes[esc_find (fn, node)];
  for (uint32_t i = 0; i < n->pts.n; i++)
    {
      uint32_t x = fn->nodes[n->pts.v[i]].obj;
      if (r[x].reached || r[x].content)
	continue;
      r[x].content = 1;
      r[x].root = root;
      for (uint32_t j = 0; j < fn->objs[x].nfields; j++)
	{
	  uint32_t f = fn->objs[x].fields[j].node;
	  uint32_t rep = esc_find (fn, f);
	  if (stamp[rep] == gen)
	    continue;
	  stamp[rep] = gen;
	  const esc_noderec *fnode = &fn->nodes[rep];
	  for (uint32_t k = 0; k < fnode->pts.n; k++)
	    content_mark (fn, r, queue, fn->nodes[fnode->pts.v[k]].obj, f, x,
			  root);
	}
    }
}

int
esc_content_path (const esc_fn *fn, uint32_t obj, esc_path *path)
{
  const esc_objrec *o = &fn->objs[obj];
  if (o->kind != ESC_OBJ_CALLER || o->level != 1)
    return 0;
  path->param = o->param;
  path->level = 1;
  path->load_off = ESC_OFF_ANY;
  path->off = 0;
  return 1;
}
