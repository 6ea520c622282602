package http

import "net/http"

// programmePages adds the public and staff pages of programmes and public
// councils.
func (s *Server) programmePages(m *http.ServeMux) {
}
