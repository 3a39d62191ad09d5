/** The committed deploy/ files, by path, as generated from the headers' one source. */
import type { PolicyInputs } from './headers';
import { nginxServerBlock, nginxSiteConf } from './hostConfig';

export const NGINX_SITE_CONF = 'deploy/nginx/site.conf';
const NGINX_SERVER_BLOCK = 'deploy/nginx.conf';

export function deployFiles(inputs: PolicyInputs): Record<string, string> {
  return { [NGINX_SERVER_BLOCK]: nginxServerBlock(), [NGINX_SITE_CONF]: nginxSiteConf(inputs) };
}
