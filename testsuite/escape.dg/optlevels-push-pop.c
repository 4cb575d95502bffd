/* Optimisation levels, must-writes: a push undone by a later call is not
   reported and its twins are, identically at -O0, -O1, -O2, -O3 and -Os
   (escape.exp compares the warnings of all five levels; their number
   must equal the number of dg-warning directives below).  The helpers
   are small enough to be inlined when optimising.  */
/* { dg-do compile } */

struct blk { struct blk *prev; int n; };
struct fs { struct blk *bl; struct blk *other; int depth; };

static void enter (struct fs *fs, struct blk *b) { b->n = fs->depth++; b->prev = fs->bl; fs->bl = b; }
static void leave (struct fs *fs) { fs->depth--; fs->bl = fs->bl->prev; }
static void leave_maybe (struct fs *fs, int c) { if (c) fs->bl = fs->bl->prev; }
static void leave_other (struct fs *fs) { fs->other = fs->bl->prev; }
void leave_elsewhere (struct fs *fs);
extern int work (struct fs *);

void
nowarn_block (struct fs *fs)
{
  struct blk bl;
  enter (fs, &bl);
  while (work (fs))
    fs->bl->n++;
  leave (fs);
}

void
nowarn_nested (struct fs *fs, int k)
{
  struct blk bl;
  enter (fs, &bl);
  if (k > 0)
    nowarn_nested (fs, k - 1);
  leave (fs);
}

void
warn_early_return (struct fs *fs)
{
  struct blk bl;
  enter (fs, &bl); /* { dg-warning "address of local variable 'bl' is passed to 'enter', which keeps it after returning \\\[escape:queue\\\]" } */
  if (work (fs))
    return;
  leave (fs);
}

void
warn_some_paths (struct fs *fs, int c)
{
  struct blk bl;
  enter (fs, &bl); /* { dg-warning "address of local variable 'bl' is passed to 'enter', which keeps it after returning \\\[escape:queue\\\]" } */
  leave_maybe (fs, c);
}

void
warn_elsewhere (struct fs *fs)
{
  struct blk bl;
  enter (fs, &bl); /* { dg-warning "address of local variable 'bl' is passed to 'enter', which keeps it after returning \\\[escape:queue\\\]" } */
  leave_elsewhere (fs);
}

void
warn_other_field (struct fs *fs)
{
  struct blk bl;
  enter (fs, &bl); /* { dg-warning "address of local variable 'bl' is passed to 'enter', which keeps it after returning \\\[escape:queue\\\]" } */
  leave_other (fs);
}
