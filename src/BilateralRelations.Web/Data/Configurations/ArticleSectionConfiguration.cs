using BilateralRelations.Web.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BilateralRelations.Web.Data.Configurations;

internal sealed class ArticleSectionConfiguration : IEntityTypeConfiguration<ArticleSection>
{
    public void Configure(EntityTypeBuilder<ArticleSection> builder)
    {
        builder.HasIndex(s => new { s.RelationId, s.Line });
    }
}
