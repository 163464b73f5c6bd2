// Package outfile writes the example programs' output files (report
// -html and -svg, engagement -html, -write-sample) whole or not at all,
// and only where a program may write.
//
// # Where a program writes
//
// An output path must be a regular file, a symbolic link to a regular
// file, or a new name in an existing directory. [Check] refuses, before a
// program does any work:
//
//   - a directory, a device (/dev/null, /dev/full), a FIFO, a socket, or
//     a symbolic link to one of them or to nothing: they are never
//     replaced by a regular file, nor written through;
//   - the same file (os.SameFile: the same path, a hard link or a
//     symbolic link to it) as one of the run's inputs, as standard input
//     when it is read and is a file, or as standard output when it is a
//     file;
//   - two outputs that are the same file.
//
// A symbolic link to a regular file is followed: the file it names is
// replaced and the link stays.
//
// # Whole or not at all
//
// [Stage] writes each file's content under a temporary name in its
// destination's directory; [Staged.Commit] renames them onto their
// destinations, in order; [Staged.Discard] removes what was not
// committed. A program stages its files, writes standard output, and
// commits only when that succeeded, so that a run that fails (standard
// output on a full disk, say) leaves every destination as it was. A
// rename is atomic: a reader sees the old file or the new one, never half
// of one. Replacing a file gives it a new inode: other hard links to the
// old file keep the old content, and the new file belongs to the user who
// ran the program.
//
// # Permissions
//
// A new file gets 0666 less the process's umask (0644 under the usual
// umask 022), as a shell's ">" gives. A replaced file keeps its
// permission bits (read, write and execute for user, group and others;
// never setuid, setgid or sticky).
package outfile

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strconv"
)

// Output is a path a run was asked to write: the flag that named it, for
// errors, and the path.
type Output struct {
	Flag, Name string
}

// Input is a path a run reads: the flag that named it, and the path, "-"
// for standard input.
type Input struct {
	Flag, Name string
}

// File is one output file: the flag that named it, its path and its
// complete content.
type File struct {
	Flag, Name string
	Data       []byte
}

// statter is what a standard stream must be for Check to compare it: an
// *os.File.
type statter interface {
	Stat() (fs.FileInfo, error)
}

// Check returns an error naming the flag and the path of the first output
// that may not be written (see the package doc): not a regular file, a
// link to one or a new name in an existing directory; the same file as an
// input, as stdin (when an input is "-") or as stdout; or the same file
// as an earlier output. stdin and stdout are compared only when they are
// files (an *os.File, or anything with its Stat method). A new name in a
// directory that does not exist is left to Stage: that is where writing
// fails, not how the program was called.
func Check(inputs []Input, outputs []Output, stdin io.Reader, stdout io.Writer) error {
	type named struct {
		what string
		fi   fs.FileInfo
	}
	var ins []named
	for _, in := range inputs {
		if in.Name == "" {
			continue
		}
		if in.Name == "-" {
			if fi := streamInfo(stdin); fi != nil {
				ins = append(ins, named{"standard input (" + in.Flag + " -)", fi})
			}
			continue
		}
		if fi, err := os.Stat(in.Name); err == nil {
			ins = append(ins, named{"the input " + in.Flag + " " + in.Name, fi})
		}
	}
	if fi := streamInfo(stdout); fi != nil {
		ins = append(ins, named{"standard output", fi})
	}
	var done []target
	for _, out := range outputs {
		if out.Name == "" {
			continue
		}
		t, err := resolve(out.Name)
		if err != nil {
			return fmt.Errorf("%s %s: %w", out.Flag, out.Name, err)
		}
		if t.fi != nil {
			for _, in := range ins {
				if os.SameFile(t.fi, in.fi) {
					return fmt.Errorf("%s %s: is the same file as %s: %w", out.Flag, out.Name, in.what, ErrRefused)
				}
			}
		}
		for i, d := range done {
			if t.same(d) {
				return fmt.Errorf("%s %s: is the same file as %s %s: %w", out.Flag, out.Name, outputs[i].Flag, outputs[i].Name, ErrRefused)
			}
		}
		done = append(done, t)
	}
	return nil
}

// ErrRefused is wrapped by every error of a path that Check or Stage
// refuses to write.
var ErrRefused = errors.New("outputs are written only as regular files or new paths, never over an input or another output")

// streamInfo returns what a standard stream is when it is a regular
// file, or nil.
func streamInfo(s any) fs.FileInfo {
	st, ok := s.(statter)
	if !ok {
		return nil
	}
	fi, err := st.Stat()
	if err != nil || !fi.Mode().IsRegular() {
		return nil
	}
	return fi
}

// target is where an output path is written.
type target struct {
	path   string      // the path renamed onto: the output's, or the file its link names
	fi     fs.FileInfo // the regular file there, or nil for a new name
	dir    fs.FileInfo // the directory of path, or nil
	dirErr error       // why dir is nil
}

// same reports whether t and o are the same file, existing or to be.
func (t target) same(o target) bool {
	if t.fi != nil || o.fi != nil {
		return t.fi != nil && o.fi != nil && os.SameFile(t.fi, o.fi)
	}
	return t.dir != nil && o.dir != nil && os.SameFile(t.dir, o.dir) && filepath.Base(t.path) == filepath.Base(o.path)
}

// resolve returns where the output path name is written, or why it may
// not be.
func resolve(name string) (target, error) {
	t := target{path: name}
	li, err := os.Lstat(name)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		// A new name.
	case err != nil:
		return target{}, err
	case li.Mode().IsRegular():
		t.fi = li
	case li.Mode()&fs.ModeSymlink != 0:
		fi, err := os.Stat(name)
		if err != nil {
			return target{}, fmt.Errorf("is a symbolic link to nothing: %w", ErrRefused)
		}
		if !fi.Mode().IsRegular() {
			return target{}, fmt.Errorf("is a symbolic link to %s: %w", kind(fi.Mode()), ErrRefused)
		}
		if t.path, err = filepath.EvalSymlinks(name); err != nil {
			return target{}, err
		}
		t.fi = fi
	default:
		return target{}, fmt.Errorf("is %s: %w", kind(li.Mode()), ErrRefused)
	}
	// A missing directory is left to Stage, which cannot write there:
	// it is where the run fails, not how it was called.
	t.dir, t.dirErr = os.Stat(filepath.Dir(t.path))
	return t, nil
}

// kind names what a path that is not a regular file is.
func kind(m fs.FileMode) string {
	switch {
	case m.IsDir():
		return "a directory"
	case m&fs.ModeSymlink != 0:
		return "a symbolic link"
	case m&fs.ModeCharDevice != 0, m&fs.ModeDevice != 0:
		return "a device"
	case m&fs.ModeNamedPipe != 0:
		return "a FIFO (named pipe)"
	case m&fs.ModeSocket != 0:
		return "a socket"
	}
	return "not a regular file"
}

// Staged is output files written under temporary names beside their
// destinations, not yet in place.
type Staged struct {
	files []staged
}

type staged struct {
	flag, name string // as given
	path       string // the destination
	temp       string // "" once renamed
}

// Stage writes each file's content under a temporary name in the
// directory of its destination (so that the rename stays on one file
// system), with the permission bits the destination will have (see the
// package doc). It refuses what Check refuses of the files alone (not the
// inputs). On an error it removes what it wrote and returns nil; errors
// name the flag and the file.
func Stage(files ...File) (*Staged, error) {
	s := &Staged{}
	var done []target
	for _, f := range files {
		t, err := resolve(f.Name)
		if err == nil && t.dirErr != nil {
			err = fmt.Errorf("its directory: %w", t.dirErr)
		}
		if err == nil {
			for i, d := range done {
				if t.same(d) {
					err = fmt.Errorf("is the same file as %s %s: %w", files[i].Flag, files[i].Name, ErrRefused)
				}
			}
		}
		done = append(done, t)
		var temp string
		if err == nil {
			temp, err = writeTemp(t, f.Data)
		}
		if err != nil {
			s.Discard()
			return nil, fmt.Errorf("%s %s: %w", f.Flag, f.Name, err)
		}
		s.files = append(s.files, staged{flag: f.Flag, name: f.Name, path: t.path, temp: temp})
	}
	return s, nil
}

// Commit renames the staged files onto their destinations, in order. A
// destination that has become something other than a regular file or
// nothing since Stage is refused. On an error, the files before it are
// in place and the others are removed.
func (s *Staged) Commit() error {
	defer s.Discard()
	for i := range s.files {
		f := &s.files[i]
		if li, err := os.Lstat(f.path); err == nil && !li.Mode().IsRegular() {
			return fmt.Errorf("%s %s: is %s: %w", f.flag, f.name, kind(li.Mode()), ErrRefused)
		}
		if err := os.Rename(f.temp, f.path); err != nil {
			return fmt.Errorf("%s %s: %w", f.flag, f.name, err)
		}
		f.temp = ""
	}
	return nil
}

// Discard removes the temporary files not yet committed. It may be
// called any number of times, and after Commit.
func (s *Staged) Discard() {
	if s == nil {
		return
	}
	for i := range s.files {
		if t := s.files[i].temp; t != "" {
			os.Remove(t)
			s.files[i].temp = ""
		}
	}
}

// Write stages files and commits them: for a run that writes files and
// nothing to standard output.
func Write(files ...File) error {
	s, err := Stage(files...)
	if err != nil {
		return err
	}
	return s.Commit()
}

// writeTemp writes data to a new file beside t.path, named
// ".NAME.RANDOM.tmp", and returns its name. A new destination's temporary
// file is created with 0666, which the umask reduces; an existing one's
// gets its permission bits.
func writeTemp(t target, data []byte) (string, error) {
	perm := fs.FileMode(0o666)
	if t.fi != nil {
		perm = 0o600 // until the chmod below
	}
	dir, base := filepath.Dir(t.path), filepath.Base(t.path)
	var f *os.File
	var err error
	for range 100 {
		name := filepath.Join(dir, "."+base+"."+strconv.FormatUint(rand.Uint64(), 36)+".tmp")
		f, err = os.OpenFile(name, os.O_RDWR|os.O_CREATE|os.O_EXCL, perm)
		if !errors.Is(err, fs.ErrExist) {
			break
		}
	}
	if err != nil {
		return "", err
	}
	_, err = f.Write(data)
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err == nil && t.fi != nil {
		err = os.Chmod(f.Name(), t.fi.Mode().Perm())
	}
	if err != nil {
		os.Remove(f.Name())
		return "", err
	}
	return f.Name(), nil
}
