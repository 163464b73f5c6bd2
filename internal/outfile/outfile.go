// Package outfile writes the example programs' output files whole or not
// at all: a reader of a report never sees half of it, and a run that
// fails on one of its files writes none of them, as far as the file
// system allows.
package outfile

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
)

// File is one output file: its name and its complete content.
type File struct {
	Name string
	Data []byte
}

// newMode is the permission of a file that did not exist: rw-r--r--. The
// process's umask cannot be read without changing it (for the whole
// process), so it is not applied.
const newMode fs.FileMode = 0o644

// Write writes every file in two steps. First each one's data goes to a
// temporary file in its destination's directory (so that the rename
// below stays on one file system), with the permission bits of the file
// it replaces if there is one, otherwise 0644. Only when all of them are
// written are they renamed onto their names, in order. An error in the
// first step removes the temporary files and leaves every destination
// untouched; a rename that fails (rare: the destination is a directory,
// say) leaves the files before it written and the others untouched. A
// symbolic link at a name is replaced by the file, not followed.
//
// Errors name the file.
func Write(files ...File) error {
	temps := make([]string, 0, len(files))
	defer func() {
		for _, t := range temps {
			os.Remove(t) // fails harmlessly once renamed
		}
	}()
	for _, f := range files {
		t, err := writeTemp(f)
		if t != "" {
			temps = append(temps, t)
		}
		if err != nil {
			return fmt.Errorf("%s: %w", f.Name, err)
		}
	}
	for i, f := range files {
		if err := os.Rename(temps[i], f.Name); err != nil {
			return fmt.Errorf("%s: %w", f.Name, err)
		}
	}
	return nil
}

// writeTemp writes f's data to a new temporary file beside f.Name with
// the mode f.Name will have, and returns the temporary file's name (""
// if none was created).
func writeTemp(f File) (string, error) {
	mode := newMode
	if fi, err := os.Stat(f.Name); err == nil {
		if fi.IsDir() {
			return "", fmt.Errorf("is a directory")
		}
		mode = fi.Mode().Perm()
	}
	t, err := os.CreateTemp(filepath.Dir(f.Name), "."+filepath.Base(f.Name)+".*.tmp")
	if err != nil {
		return "", err
	}
	_, err = t.Write(f.Data)
	if cerr := t.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Chmod(t.Name(), mode) // CreateTemp makes 0600
	}
	return t.Name(), err
}
