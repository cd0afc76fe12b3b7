// Command tool is a package without test files.
package main

func main() {}
