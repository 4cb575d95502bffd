/* gcc-escape: the built-in model of C library and POSIX functions.

   Copyright (C) 2026 The gcc-escape authors.
   SPDX-License-Identifier: GPL-3.0-or-later

   A call to a function without a body and without a summary is looked up
   here by name, after removing GCC's decorations (__builtin_memcpy,
   __builtin___memcpy_chk, __memcpy_chk all model memcpy).  One sorted
   table holds every modelled function; each entry says
     - whether the call allocates (a fresh heap object per call site, or
       alloca/VLA storage of the caller's frame),
     - which argument the result points into (exactly, or anywhere inside
       it: ESC_OFF_ANY),
     - a copying effect (memcpy moves the pointers stored in the source
       into the destination),
     - which argument the callee keeps after returning (rule `queue').
   Functions not in the table are not modelled: the caller gives them the
   default (result NONLOCAL, arguments not retained), and what they are
   given gets no heap-to-stack hint, as they might keep it.  The table
   also lists, with no effect (NONE), common functions known to only read,
   write through or free their arguments (free, strlen, printf, read), so
   that passing a heap buffer to them does not prevent a hint.  */

#include "internal.h"

#include <stdlib.h>
#include <string.h>

enum lib_alloc
{
  LIB_NOALLOC = 0,
  LIB_HEAP,          /* result is a fresh heap object */
  LIB_HEAP_ARG0,     /* *arg0 receives a fresh heap object */
  LIB_ALLOCA         /* result is storage of the caller's frame */
};

enum lib_effect
{
  LIB_E_NONE = 0,
  LIB_E_MEMCPY,      /* copy pointer words from *SRC to *DST, N bytes */
  LIB_E_STRTOK_R,    /* *arg2 keeps a pointer into arg0 */
  LIB_E_STRSEP       /* result points into *arg0 */
};

typedef struct lib_entry
{
  const char *name;
  unsigned char alloc;       /* enum lib_alloc */
  signed char ret_arg;       /* argument the result points into, or -1 */
  unsigned char ret_any;     /* ... anywhere inside it */
  unsigned char ret_nonlocal; /* the result may also be outside memory */
  unsigned char ret_heap;    /* the result may also be fresh heap */
  unsigned char effect;      /* enum lib_effect */
  signed char e_dst, e_src, e_n; /* arguments of LIB_E_MEMCPY */
  signed char retain;        /* argument kept after returning, or -1 */
} lib_entry;

#define ALLOC(n, k) { n, k, -1, 0, 0, 0, LIB_E_NONE, 0, 0, 0, -1 }
#define RET(n, a, any) { n, LIB_NOALLOC, a, any, 0, 0, LIB_E_NONE, 0, 0, 0, -1 }
#define KEEP(n, a) { n, LIB_NOALLOC, -1, 0, 0, 0, LIB_E_NONE, 0, 0, 0, a }
#define NONE(n) { n, LIB_NOALLOC, -1, 0, 1, 0, LIB_E_NONE, 0, 0, 0, -1 }
#define COPY(n, r, any, d, s, len)                                          \
  { n, LIB_NOALLOC, r, any, 0, 0, LIB_E_MEMCPY, d, s, len, -1 }

/* Sorted by strcmp; esc_libmodel_sorted_p checks it.  */
static const lib_entry lib_table[] = {
  NONE ("__assert_fail"),
  KEEP ("__cxa_atexit", 1),               /* the argument for the handler */
  NONE ("_exit"),
  NONE ("abort"),
  NONE ("access"),
  KEEP ("aio_read", 0),                   /* the aiocb until completion */
  KEEP ("aio_write", 0),                  /* the aiocb until completion */
  ALLOC ("aligned_alloc", LIB_HEAP),
  ALLOC ("alloca", LIB_ALLOCA),
  ALLOC ("alloca_with_align", LIB_ALLOCA),
  ALLOC ("alloca_with_align_and_max", LIB_ALLOCA),
  KEEP ("atexit", 0),                     /* the handler (code) */
  NONE ("atof"),
  NONE ("atoi"),
  NONE ("atol"),
  NONE ("atoll"),
  RET ("basename", 0, 1),                 /* GNU: a pointer into arg0 */
  NONE ("bcmp"),
  COPY ("bcopy", -1, 0, 1, 0, 2),         /* bcopy (src, dst, n) */
  RET ("bsearch", 1, 1),                  /* an element of the array */
  ALLOC ("calloc", LIB_HEAP),
  NONE ("chdir"),
  NONE ("clearerr"),
  NONE ("clock_gettime"),
  NONE ("close"),
  NONE ("cnd_broadcast"),
  NONE ("cnd_signal"),
  NONE ("cnd_wait"),
  RET ("dirname", 0, 1),                  /* a pointer into arg0 */
  NONE ("dprintf"),
  NONE ("exit"),
  NONE ("fclose"),
  NONE ("fcntl"),
  NONE ("fdopen"),
  NONE ("feof"),
  NONE ("ferror"),
  NONE ("fflush"),
  NONE ("fgetc"),
  RET ("fgets", 0, 0),                    /* its buffer or NULL */
  NONE ("fileno"),
  NONE ("fopen"),
  NONE ("fprintf"),
  NONE ("fputc"),
  NONE ("fputs"),
  NONE ("fread"),
  NONE ("free"),
  NONE ("freopen"),
  NONE ("fscanf"),
  NONE ("fseek"),
  NONE ("fstat"),
  NONE ("ftell"),
  NONE ("fwrite"),
  NONE ("getc"),
  NONE ("getchar"),
  { "getcwd", LIB_NOALLOC, 0, 0, 0, 1, LIB_E_NONE, 0, 0, 0, -1 },
					  /* the buffer, or malloc'd */
  NONE ("getdelim"),
  NONE ("getenv"),
  NONE ("getline"),
  RET ("gets", 0, 0),                     /* its buffer or NULL */
  NONE ("gettimeofday"),
  NONE ("gmtime_r"),
  RET ("index", 0, 1),                    /* into the string */
  NONE ("ioctl"),
  NONE ("isalpha"),
  NONE ("isdigit"),
  NONE ("isspace"),
  KEEP ("lio_listio", 1),                 /* the aiocb list */
  NONE ("localtime_r"),
  NONE ("lstat"),
  ALLOC ("malloc", LIB_HEAP),
  ALLOC ("memalign", LIB_HEAP),
  COPY ("memccpy", 0, 1, 0, 1, 3),        /* into dst after the byte */
  RET ("memchr", 0, 1),                   /* into the buffer */
  NONE ("memcmp"),
  COPY ("memcpy", 0, 0, 0, 1, 2),         /* returns dst */
  COPY ("memmove", 0, 0, 0, 1, 2),        /* returns dst */
  COPY ("mempcpy", 0, 1, 0, 1, 2),        /* returns dst + n */
  RET ("memrchr", 0, 1),                  /* into the buffer */
  RET ("memset", 0, 0),                   /* returns dst */
  NONE ("mkdir"),
  NONE ("mktime"),
  NONE ("mtx_destroy"),
  NONE ("mtx_init"),
  NONE ("mtx_lock"),
  NONE ("mtx_unlock"),
  NONE ("nanosleep"),
  KEEP ("on_exit", 1),                    /* the argument for the handler */
  NONE ("open"),
  NONE ("openat"),
  NONE ("perror"),
  NONE ("poll"),
  ALLOC ("posix_memalign", LIB_HEAP_ARG0),
  NONE ("pread"),
  NONE ("printf"),
  NONE ("pthread_attr_destroy"),
  NONE ("pthread_attr_init"),
  NONE ("pthread_cond_broadcast"),
  NONE ("pthread_cond_destroy"),
  NONE ("pthread_cond_init"),
  NONE ("pthread_cond_signal"),
  NONE ("pthread_cond_timedwait"),
  NONE ("pthread_cond_wait"),
  KEEP ("pthread_create", 3),             /* the thread's argument */
  NONE ("pthread_join"),
  NONE ("pthread_mutex_destroy"),
  NONE ("pthread_mutex_init"),
  NONE ("pthread_mutex_lock"),
  NONE ("pthread_mutex_trylock"),
  NONE ("pthread_mutex_unlock"),
  NONE ("pthread_once"),
  KEEP ("pthread_setspecific", 1),        /* the thread-specific value */
  NONE ("pthread_sigmask"),
  NONE ("putc"),
  NONE ("putchar"),
  KEEP ("putenv", 0),                     /* the string becomes environ */
  NONE ("puts"),
  ALLOC ("pvalloc", LIB_HEAP),
  NONE ("pwrite"),
  NONE ("qsort"),
  RET ("rawmemchr", 0, 1),                /* into the buffer */
  NONE ("read"),
  NONE ("readv"),
  ALLOC ("realloc", LIB_HEAP),            /* a new object; the old dies */
  ALLOC ("reallocarray", LIB_HEAP),
  { "realpath", LIB_NOALLOC, 1, 0, 0, 1, LIB_E_NONE, 0, 0, 0, -1 },
					  /* resolved, or malloc'd */
  NONE ("recv"),
  NONE ("recvfrom"),
  NONE ("recvmsg"),
  NONE ("rename"),
  NONE ("rewind"),
  RET ("rindex", 0, 1),                   /* into the string */
  NONE ("rmdir"),
  NONE ("scanf"),
  NONE ("select"),
  NONE ("sem_destroy"),
  NONE ("sem_init"),
  NONE ("sem_post"),
  NONE ("sem_wait"),
  NONE ("send"),
  NONE ("sendmsg"),
  NONE ("sendto"),
  KEEP ("setbuf", 1),                     /* the stream's buffer */
  KEEP ("setbuffer", 1),                  /* the stream's buffer */
  NONE ("setenv"),
  KEEP ("setvbuf", 1),                    /* the stream's buffer */
  NONE ("sigaction"),
  NONE ("sigaddset"),
  KEEP ("sigaltstack", 0),                /* the stack_t's stack */
  NONE ("sigemptyset"),
  NONE ("sigprocmask"),
  NONE ("snprintf"),
  NONE ("sprintf"),
  NONE ("sscanf"),
  NONE ("stat"),
  RET ("stpcpy", 0, 1),                   /* end of dst */
  RET ("stpncpy", 0, 1),                  /* end of dst */
  NONE ("strcasecmp"),
  RET ("strcasestr", 0, 1),               /* into the haystack */
  RET ("strcat", 0, 0),                   /* returns dst */
  RET ("strchr", 0, 1),                   /* into the string */
  RET ("strchrnul", 0, 1),                /* into the string */
  NONE ("strcmp"),
  NONE ("strcoll"),
  RET ("strcpy", 0, 0),                   /* returns dst */
  NONE ("strcspn"),
  ALLOC ("strdup", LIB_HEAP),
  NONE ("strerror_r"),
  NONE ("strftime"),
  NONE ("strlen"),
  NONE ("strncasecmp"),
  RET ("strncat", 0, 0),                  /* returns dst */
  NONE ("strncmp"),
  RET ("strncpy", 0, 0),                  /* returns dst */
  ALLOC ("strndup", LIB_HEAP),
  NONE ("strnlen"),
  RET ("strpbrk", 0, 1),                  /* into the string */
  RET ("strrchr", 0, 1),                  /* into the string */
  { "strsep", LIB_NOALLOC, -1, 0, 0, 0, LIB_E_STRSEP, 0, 0, 0, -1 },
					  /* into *stringp */
  NONE ("strspn"),
  RET ("strstr", 0, 1),                   /* into the haystack */
  NONE ("strtod"),
  NONE ("strtof"),
  NONE ("strtoimax"),
  { "strtok", LIB_NOALLOC, 0, 1, 1, 0, LIB_E_NONE, 0, 0, 0, -1 },
					  /* into arg0, or a saved string */
  { "strtok_r", LIB_NOALLOC, 0, 1, 0, 0, LIB_E_STRTOK_R, 0, 0, 0, -1 },
					  /* into arg0; *saveptr too */
  NONE ("strtol"),
  NONE ("strtold"),
  NONE ("strtoll"),
  NONE ("strtoul"),
  NONE ("strtoull"),
  NONE ("strtoumax"),
  KEEP ("thrd_create", 2),                /* the thread's argument */
  NONE ("thrd_join"),
  NONE ("time"),
  NONE ("timegm"),
  NONE ("tolower"),
  NONE ("toupper"),
  KEEP ("tsearch", 0),                    /* the key, stored in the tree */
  NONE ("ungetc"),
  NONE ("unlink"),
  NONE ("unsetenv"),
  ALLOC ("valloc", LIB_HEAP),
  NONE ("vdprintf"),
  NONE ("vfprintf"),
  NONE ("vprintf"),
  NONE ("vsnprintf"),
  NONE ("vsprintf"),
  NONE ("vsscanf"),
  NONE ("wcscmp"),
  NONE ("wcslen"),
  NONE ("write"),
  NONE ("writev"),
};

#undef ALLOC
#undef RET
#undef KEEP
#undef NONE
#undef COPY

#define LIB_COUNT (sizeof lib_table / sizeof lib_table[0])

/* Nonzero if the table is sorted (for the unit tests).  */
int
esc_libmodel_sorted_p (void)
{
  for (size_t i = 1; i < LIB_COUNT; i++)
    if (strcmp (lib_table[i - 1].name, lib_table[i].name) >= 0)
      return 0;
  return 1;
}

/* Remove GCC's decorations from NAME into BUF of N bytes.  */
const char *
esc_libmodel_base_name (const char *name, char *buf, size_t n)
{
  if (!name)
    return NULL;
  size_t len = strlen (name);
  const char *start = name;
  size_t cut = 0;
  int chk = len > 4 && strcmp (name + len - 4, "_chk") == 0;
  if (strncmp (name, "__builtin___", 12) == 0 && chk)
    start = name + 12, cut = 4;
  else if (strncmp (name, "__builtin_", 10) == 0)
    start = name + 10;
  else if (strncmp (name, "__", 2) == 0 && chk)
    start = name + 2, cut = 4;
  size_t m = len - (size_t) (start - name) - cut;
  if (m + 1 > n)
    return name;
  memcpy (buf, start, m);
  buf[m] = 0;
  return buf;
}

/* bsearch comparison of a name with an entry.  */
static int
cmp_entry (const void *key, const void *elt)
{
  return strcmp ((const char *) key, ((const lib_entry *) elt)->name);
}

/* The node of argument I, or ESC_NONE.  */
static uint32_t
arg (const esc_call_info *call, int i)
{
  if (i < 0 || i >= call->nargs)
    return ESC_NONE;
  return call->args[i].node;
}

/* Copy pointer words: *(DST + k) ⊇ *(SRC + k) for the first LEN bytes.  */
static void
model_memcpy (esc_fn *fn, const esc_call_info *call, int callidx,
	      uint32_t dst, uint32_t src, const esc_arg *len)
{
  if (dst == ESC_NONE || src == ESC_NONE)
    return;
  if (len && len->const_p && len->value >= 0 && len->value <= 512)
    {
      for (int64_t k = 0; k < len->value; k += 8)
	{
	  uint32_t tmp = esc_node_create (fn, NULL);
	  esc_cons_add (fn, ESC_C_LOAD, tmp, src, k, call->pos, ESC_STEP_NONE,
			callidx, -1);
	  esc_cons_add (fn, ESC_C_STORE, dst, tmp, k, call->pos,
			ESC_STEP_STORE, callidx, -1);
	}
      return;
    }
  uint32_t tmp = esc_node_create (fn, NULL);
  esc_cons_add (fn, ESC_C_LOAD, tmp, src, ESC_OFF_ANY, call->pos,
		ESC_STEP_NONE, callidx, -1);
  esc_cons_add (fn, ESC_C_STORE, dst, tmp, ESC_OFF_ANY, call->pos,
		ESC_STEP_STORE, callidx, -1);
}

/* A fresh heap object for CALL, allocated by NAME (the library function
   without GCC's decorations, or a string of FN's arena); its address goes
   into NODE when that is not ESC_NONE.  */
esc_obj
esc_heap_site (esc_fn *fn, const esc_call_info *call, int callidx,
	       uint32_t node, const char *name)
{
  esc_obj h = esc_obj_create (fn, ESC_OBJ_HEAP, NULL, call->pos, -1);
  fn->objs[h].alloc_size = call->alloc_size;
  fn->objs[h].alloc_flags = call->alloc_flags;
  fn->objs[h].alloc_callee = name;
  if (node != ESC_NONE)
    esc_cons_add (fn, ESC_C_ADDR, node, h, 0, call->pos, ESC_STEP_CALL_RET,
		  callidx, -1);
  return h;
}

/* Nonzero if CALLEE copies pointer words from the memory of argument
   *SRC into that of argument *DST (memcpy and its kin).  */
int
esc_libmodel_copy_args (const char *callee, int *dst, int *src)
{
  char buf[64];
  const char *name = esc_libmodel_base_name (callee, buf, sizeof buf);
  const lib_entry *e = name ? bsearch (name, lib_table, LIB_COUNT,
				       sizeof (lib_entry), cmp_entry)
			    : NULL;
  if (!e || e->effect != LIB_E_MEMCPY)
    return 0;
  *dst = e->e_dst;
  *src = e->e_src;
  return 1;
}

/* Apply the model of CALL's callee, if it has one.  */
int
esc_libmodel_apply (esc_fn *fn, const esc_call_info *call, int callidx)
{
  char buf[64];
  const char *name = esc_libmodel_base_name (call->callee, buf, sizeof buf);
  if (!name)
    return 0;
  const lib_entry *e = bsearch (name, lib_table, LIB_COUNT,
				sizeof (lib_entry), cmp_entry);
  if (!e)
    return 0;
  uint32_t ret = call->ret;
  esc_pos pos = call->pos;

  switch (e->alloc)
    {
    case LIB_HEAP:
      if (ret != ESC_NONE)
	esc_heap_site (fn, call, callidx, ret, e->name);
      break;
    case LIB_HEAP_ARG0:
      if (arg (call, 0) != ESC_NONE)
	{
	  uint32_t tmp = esc_node_create (fn, NULL);
	  esc_heap_site (fn, call, callidx, tmp, e->name);
	  esc_cons_add (fn, ESC_C_STORE, arg (call, 0), tmp, 0, pos,
			ESC_STEP_NONE, callidx, -1);
	}
      break;
    case LIB_ALLOCA:
      if (ret != ESC_NONE)
	{
	  esc_obj a;
	  if (call->alloc_name)
	    a = esc_obj_create (fn, ESC_OBJ_VLA, call->alloc_name,
				call->alloc_pos, -1);
	  else
	    a = esc_obj_create (fn, ESC_OBJ_ALLOCA, NULL, pos, -1);
	  esc_cons_add (fn, ESC_C_ADDR, ret, a, 0, pos, ESC_STEP_ADDR, callidx,
			-1);
	}
      break;
    default:
      break;
    }

  if (ret != ESC_NONE)
    {
      uint32_t a = arg (call, e->ret_arg);
      if (a != ESC_NONE)
	esc_cons_add (fn, ESC_C_COPY, ret, a, e->ret_any ? ESC_OFF_ANY : 0,
		      pos, ESC_STEP_CALL_RET, callidx, e->ret_arg);
      if (e->ret_nonlocal)
	esc_cons_add (fn, ESC_C_ADDR, ret, fn->nonlocal, 0, pos,
		      ESC_STEP_NONE, callidx, -1);
      if (e->ret_heap)
	esc_heap_site (fn, call, callidx, ret, e->name);
    }

  switch (e->effect)
    {
    case LIB_E_MEMCPY:
      model_memcpy (fn, call, callidx, arg (call, e->e_dst),
		    arg (call, e->e_src),
		    e->e_n < call->nargs ? &call->args[(int) e->e_n] : NULL);
      break;
    case LIB_E_STRTOK_R:
      if (arg (call, 2) != ESC_NONE)
	{
	  uint32_t sp = arg (call, 2);
	  if (arg (call, 0) != ESC_NONE)
	    {
	      uint32_t tmp = esc_node_create (fn, NULL);
	      esc_cons_add (fn, ESC_C_COPY, tmp, arg (call, 0), ESC_OFF_ANY,
			    pos, ESC_STEP_NONE, callidx, -1);
	      esc_cons_add (fn, ESC_C_STORE, sp, tmp, 0, pos, ESC_STEP_STORE,
			    callidx, -1);
	    }
	  if (ret != ESC_NONE)
	    {
	      /* Later calls continue from *saveptr.  */
	      uint32_t tmp = esc_node_create (fn, NULL);
	      esc_cons_add (fn, ESC_C_LOAD, tmp, sp, 0, pos, ESC_STEP_NONE,
			    callidx, -1);
	      esc_cons_add (fn, ESC_C_COPY, ret, tmp, ESC_OFF_ANY, pos,
			    ESC_STEP_NONE, callidx, -1);
	    }
	}
      break;
    case LIB_E_STRSEP:
      if (arg (call, 0) != ESC_NONE && ret != ESC_NONE)
	{
	  uint32_t tmp = esc_node_create (fn, NULL);
	  esc_cons_add (fn, ESC_C_LOAD, tmp, arg (call, 0), 0, pos,
			ESC_STEP_NONE, callidx, -1);
	  esc_cons_add (fn, ESC_C_COPY, ret, tmp, ESC_OFF_ANY, pos,
			ESC_STEP_CALL_RET, callidx, -1);
	}
      break;
    default:
      break;
    }

  if (e->retain >= 0 && arg (call, e->retain) != ESC_NONE)
    esc_root_queue (fn, arg (call, e->retain), callidx, e->retain, -1);
  return 1;
}
