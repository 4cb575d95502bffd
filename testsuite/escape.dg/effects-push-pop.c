/* Must-writes: a parser pushes a block on its context (`enter') and a
   second helper pops it (`leave') before returning.  `leave' overwrites
   fs->bl on every path, so the push is undone: 'bl' does not escape
   (reduced from a real parser's block stack).  */
/* { dg-do compile } */

struct blk { struct blk *prev; int n; };
struct fs { struct blk *bl; struct blk *other; };

static void enter (struct fs *fs, struct blk *b) { b->prev = fs->bl; fs->bl = b; }
static void leave (struct fs *fs) { fs->bl = fs->bl->prev; }
static void look (struct fs *fs) { fs->bl->n++; }
extern int work (void);

void
nowarn_block (struct fs *fs)
{
  struct blk bl;
  enter (fs, &bl); /* { dg-bogus "escape" } */
  /* ... parse the block ... */
  leave (fs);
}

void
nowarn_block_work (struct fs *fs, int n)
{
  struct blk bl;
  enter (fs, &bl); /* { dg-bogus "escape" } */
  while (n-- > 0)
    {
      look (fs);
      work ();
    }
  leave (fs);
}

/* The caller's own pop, and the caller's own push, count like the
   helpers'.  */

void
nowarn_own_pop (struct fs *fs)
{
  struct blk bl;
  enter (fs, &bl); /* { dg-bogus "escape" } */
  look (fs);
  fs->bl = bl.prev;
}

void
nowarn_own_push (struct fs *fs)
{
  struct blk bl;
  bl.prev = fs->bl;
  fs->bl = &bl; /* { dg-bogus "escape" } */
  look (fs);
  leave (fs);
}

struct fs g_fs;

void
nowarn_global_context (void)
{
  struct blk bl;
  enter (&g_fs, &bl); /* { dg-bogus "escape" } */
  look (&g_fs);
  leave (&g_fs);
}
