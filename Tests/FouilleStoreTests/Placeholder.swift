// FouilleStore tests
