package vn.motcua.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The directory's tenant query reads a name pattern as the engine's SQL query does: {@code %} and {@code _} only. */
class DirectoryIdentityPluginTest {

    @Test
    void shouldReadANameLikeAsSqlLikeWithEverythingElseLiteral() {
        var like = DirectoryIdentityPlugin.ProvinceTenantQuery.likePattern("UBND%Đồng_Xoài");
        assertThat(like.matcher("UBND thành phố Đồng Xoài").matches()).isTrue();
        assertThat(like.matcher("UBND thị xã Bình Long").matches()).isFalse();
        assertThat(DirectoryIdentityPlugin.ProvinceTenantQuery.likePattern("a.b(").matcher("axb(").matches())
                .as("regex characters are literal").isFalse();
        assertThat(DirectoryIdentityPlugin.ProvinceTenantQuery.likePattern("a.b(").matcher("a.b(").matches()).isTrue();
    }
}
