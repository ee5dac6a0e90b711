// Storybook's dev server (`npm start`) serves static dirs only at exact file paths, so http://localhost:6006/builder/
// answered 404 where a static host (the built storybook-static/) serves the builder's index.html. Redirect the folder
// to its index, query kept (`?lang=en`), so the same address works in both. Storybook loads this file by name.
export default function middleware(app) {
  app.use((req, res, next) => {
    const [path, query] = (req.url ?? '').split('?');
    if (path !== '/builder' && path !== '/builder/') return next();
    res.statusCode = 302;
    res.setHeader('Location', `/builder/index.html${query ? `?${query}` : ''}`);
    res.end();
  });
}
