// Package pan holds a test that panics.
package pan
