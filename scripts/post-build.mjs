// Steps that run over the freshly built site before it is swapped in (search index, PDFs, manifest).
// Each step receives the temporary output folder; a throw fails the build and keeps the old dist/.
export async function postBuild(outDir) {
  void outDir;
}
