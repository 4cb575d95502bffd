/* Must-writes, positive twins of effects-push-pop.c: the push stays a
   finding when the pop is skipped on one path, when the popping helper
   writes only on some paths or another field, when it has no body in
   this file, and when a helper in between keeps what was pushed.  */
/* { dg-do compile } */

#include <string.h>

struct blk { struct blk *prev; int n; };
struct fs { struct blk *bl; struct blk *other; };

static void enter (struct fs *fs, struct blk *b) { b->prev = fs->bl; fs->bl = b; }
static void leave (struct fs *fs) { fs->bl = fs->bl->prev; }
static void leave_maybe (struct fs *fs, int c) { if (c) fs->bl = fs->bl->prev; }
static void leave_other (struct fs *fs) { fs->other = fs->bl->prev; }
void leave_elsewhere (struct fs *fs);

struct blk *g_kept;
struct fs g_copy;
static void keep (struct fs *fs) { g_kept = fs->bl; }

void
warn_early_return (struct fs *fs, int err)
{
  struct blk bl;
  enter (fs, &bl); /* { dg-warning "address of local variable 'bl' is passed to 'enter', which keeps it after returning \\\[escape:queue\\\]" } */
  if (err)
    return;
  leave (fs);
}

void
warn_pop_some_paths (struct fs *fs, int c)
{
  struct blk bl;
  enter (fs, &bl); /* { dg-warning "address of local variable 'bl' is passed to 'enter', which keeps it after returning \\\[escape:queue\\\]" } */
  leave_maybe (fs, c);
}

void
warn_pop_elsewhere (struct fs *fs)
{
  struct blk bl;
  enter (fs, &bl); /* { dg-warning "address of local variable 'bl' is passed to 'enter', which keeps it after returning \\\[escape:queue\\\]" } */
  leave_elsewhere (fs);
}

void
warn_pop_other_field (struct fs *fs)
{
  struct blk bl;
  enter (fs, &bl); /* { dg-warning "address of local variable 'bl' is passed to 'enter', which keeps it after returning \\\[escape:queue\\\]" } */
  leave_other (fs);
}

void
warn_kept_between (struct fs *fs)
{
  struct blk bl;
  enter (fs, &bl);
  keep (fs); /* { dg-warning "address of local variable 'bl' is passed to 'keep', which keeps it after returning \\\[escape:queue\\\]" } */
  leave (fs);
}

void
warn_copied_between (struct fs *fs)
{
  struct blk bl;
  enter (fs, &bl);
  memcpy (&g_copy, fs, sizeof *fs); /* { dg-warning "address of local variable 'bl' is stored into global 'g_copy', which outlives 'warn_copied_between' \\\[escape:store\\\]" } */
  leave (fs);
}

/* Two pushes and one pop: 'a' is what fs->bl holds after the return.
   ('b' is reported too: the pop's value, b.prev, is taken to hold what
   any push stored, a known false alarm.)  */

void
warn_two_pushes (struct fs *fs)
{
  struct blk a, b;
  enter (fs, &a); /* { dg-warning "address of local variable 'a' is passed to 'enter', which keeps it after returning \\\[escape:queue\\\]" } */
  enter (fs, &b); /* { dg-warning "address of local variable 'b' is passed to 'enter'" } */
  leave (fs);
}

/* The pop restores a value that may point into the frame.  */

void
warn_restore_local (struct fs *fs)
{
  struct blk outer, bl;
  outer.prev = fs->bl;
  bl.prev = &outer;
  fs->bl = &bl; /* { dg-warning "address of local variable 'bl' is stored into memory pointed to by parameter 'fs', which outlives 'warn_restore_local' \\\[escape:store\\\]" } */
  /* { dg-warning "address of local variable 'outer' is stored into memory pointed to by parameter 'fs'" "outer, restored by leave" { target *-*-* } .-1 } */
  leave (fs);
}

/* A callback given the context while the block is pushed can read it.  */

void
warn_callback_between (struct fs *fs, void (*cb) (struct fs *))
{
  struct blk bl;
  enter (fs, &bl);
  cb (fs); /* { dg-warning "address of local variable 'bl' is passed to a call through a function pointer \\\[escape:fnptr\\\]" } */
  leave (fs);
}
