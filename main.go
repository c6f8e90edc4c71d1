// Command photo-server serves the photos of photos.go as JSON, for the page that a
// frontend partner writes on another computer of the classroom network. Run it with
// go run . in this folder; go run . -h shows its options.
//
// The photos are in photos.go and the made-up ones in fake.go: these are the files to
// change. The server itself is in internal/, which you do not need to open.
// (Les photos sont dans photos.go, celles inventées dans fake.go : ce sont les fichiers
// à modifier. Le serveur lui-même est dans internal/, que vous n'avez pas besoin d'ouvrir.)
package main

import "photoserver/internal/server"

func main() {
	server.Main(photos, fakePhoto)
}
