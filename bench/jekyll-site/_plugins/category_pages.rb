# frozen_string_literal: true

# One page per category at /categories/<slug>/, as the plain Next blog has: Jekyll itself has no category
# pages without a plugin (jekyll-archives is not in Debian).
module BenchAnchor
  class CategoryPage < Jekyll::PageWithoutAFile
    def initialize(site, name, posts)
      super(site, site.source, File.join('categories', Jekyll::Utils.slugify(name, mode: 'default')), 'index.html')
      data['layout'] = 'category'
      data['title'] = name
      data['posts'] = posts
    end
  end

  class CategoryPages < Jekyll::Generator
    safe true

    def generate(site)
      site.categories.each do |name, posts|
        site.pages << CategoryPage.new(site, name, posts.sort_by(&:date).reverse)
      end
    end
  end
end
