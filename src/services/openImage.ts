// h5: the image viewer loads with the first file a user opens, not with the app (imageViewer.ts).
// The weapp uses WeChat's own viewer directly (openImage.weapp.ts).
export async function openImage(filePath: string, name?: string): Promise<void> {
  const { previewImage } = await import('./imageViewer');
  await previewImage(filePath, name);
}
